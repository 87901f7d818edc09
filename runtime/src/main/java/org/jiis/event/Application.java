package org.jiis.event;

/** A view of {@code IHttpApplication}: an IIS application. Valid as long as its provider. */
public interface Application {

  /** {@code GetApplicationPhysicalPath} */
  String physicalPath();

  /** {@code GetApplicationId}, for example {@code /LM/W3SVC/1/ROOT}. */
  String applicationId();

  /** {@code GetAppConfigPath}, for example {@code MACHINE/WEBROOT/APPHOST/Default Web Site}. */
  String configPath();
}
