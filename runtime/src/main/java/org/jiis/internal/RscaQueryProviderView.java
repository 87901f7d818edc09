package org.jiis.internal;

import java.util.Objects;
import org.jiis.IisException;
import org.jiis.event.RscaQueryProvider;

/** {@link RscaQueryProvider} over an {@code IGlobalRSCAQueryProvider*}. */
final class RscaQueryProviderView extends EventProviderView implements RscaQueryProvider {

  RscaQueryProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  @Override
  public String functionName() {
    enter();
    try {
      return natives.globalRSCAQueryProviderGetFunctionName(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public String functionParameters() {
    enter();
    try {
      return natives.globalRSCAQueryProviderGetFunctionParameters(pointer);
    } finally {
      exit();
    }
  }

  /** An empty answer needs no output buffer: only {@code SetResult(0, hresult)} is called. */
  @Override
  public void setResult(byte[] output, int hresult) {
    enter();
    try {
      Objects.requireNonNull(output, "output");
      if (output.length > 0) {
        int bufferResult = natives.globalRSCAQueryProviderGetOutputBuffer(pointer, output);
        if (bufferResult < 0) {
          throw new IisException("IGlobalRSCAQueryProvider::GetOutputBuffer", bufferResult);
        }
      }
      natives.globalRSCAQueryProviderSetResult(pointer, output.length, hresult);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "RscaQueryProvider";
  }
}
