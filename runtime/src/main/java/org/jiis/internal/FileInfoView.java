package org.jiis.internal;

import java.time.Instant;
import java.util.OptionalInt;
import org.jiis.cache.FileInfo;
import org.jiis.security.TokenHandle;

/** {@link FileInfo} over an {@code IHttpFileInfo*}. */
final class FileInfoView extends CacheRecordView implements FileInfo {

  FileInfoView(NativeAccess natives, ViewScope scope) {
    super(natives, scope);
  }

  @Override
  int kind() {
    return NativeAccess.RECORD_FILE_INFO;
  }

  @Override
  public int attributes() {
    enter();
    try {
      return natives.httpFileInfoGetAttributes(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public long size() {
    enter();
    try {
      return natives.httpFileInfoGetSize(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public String filePath() {
    enter();
    try {
      return natives.httpFileInfoGetFilePath(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public String etag() {
    enter();
    try {
      return natives.httpFileInfoGetETag(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public Instant lastModifiedTime() {
    long fileTime;
    enter();
    try {
      fileTime = natives.httpFileInfoGetLastModifiedTime(pointer);
    } finally {
      exit();
    }
    return WindowsFileTime.toInstant(fileTime);
  }

  @Override
  public String lastModifiedString() {
    enter();
    try {
      return natives.httpFileInfoGetLastModifiedString(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public OptionalInt httpCacheSecondsToLive() {
    long seconds;
    enter();
    try {
      seconds = natives.httpFileInfoGetHttpCacheAllowed(pointer);
    } finally {
      exit();
    }
    // A DWORD beyond Integer.MAX_VALUE (68 years) is as good as forever: clamp rather than wrap.
    return seconds < 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.min(seconds, Integer.MAX_VALUE));
  }

  @Override
  public String vrPath() {
    enter();
    try {
      return natives.httpFileInfoGetVrPath(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public TokenHandle vrToken() {
    enter();
    try {
      return TokenHandle.ofRaw(natives.httpFileInfoGetVrToken(pointer));
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "FileInfo";
  }
}
