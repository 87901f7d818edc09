package org.jiis.processor.validation;

/**
 * The stable id of every diagnostic the processor reports. The id prefixes the message as
 * {@code [jiis.MissingListener]} so that users and tools can search for it; {@code
 * processor/DIAGNOSTICS.md} says what each means (a test keeps the two in step). Never rename an id.
 */
public enum DiagnosticId {
  NOT_A_CLASS("NotAClass"),
  ABSTRACT_CLASS("AbstractClass"),
  NOT_PUBLIC("NotPublic"),
  INNER_CLASS("InnerClass"),
  LOCAL_CLASS("LocalClass"),
  GENERIC_CLASS("GenericClass"),
  NO_USABLE_CONSTRUCTOR("NoUsableConstructor"),
  CONSTRUCTOR_THROWS("ConstructorThrows"),
  NO_EVENTS("NoEvents"),
  DUPLICATE_EVENT("DuplicateEvent"),
  MISSING_LISTENER("MissingListener"),
  UNLISTED_LISTENER("UnlistedListener"),
  INVALID_NAME("InvalidName"),
  RESERVED_NAME("ReservedName"),
  DUPLICATE_NAME("DuplicateName"),
  DISPATCHER_CLASH("DispatcherClash"),
  VERSION_MISMATCH("VersionMismatch"),
  INTERNAL_ERROR("InternalError");

  private final String id;

  DiagnosticId(String shortId) {
    this.id = "jiis." + shortId;
  }

  /** The id, for example {@code jiis.MissingListener}. */
  public String id() {
    return id;
  }

  /** The message prefix, for example {@code [jiis.MissingListener] }. */
  String prefix() {
    return "[" + id + "] ";
  }
}
