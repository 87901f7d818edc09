package org.jiis.testkit.fakes;

import java.util.Objects;
import org.jiis.IisException;
import org.jiis.event.RscaQueryProvider;

/**
 * A fake {@link RscaQueryProvider}: what an {@code RscaQueryListener} receives. It keeps the
 * module's answer ({@link #result()}), or refuses an output buffer with an {@code HRESULT} as IIS
 * may.
 */
public final class FakeRscaQueryProvider extends FakeEventProvider implements RscaQueryProvider {

  /** The module's answer: the bytes copied into the output buffer and the {@code SetResult} HRESULT. */
  public record Result(byte[] output, int hresult) {
    public Result {
      output = output.clone();
    }

    @Override
    public byte[] output() {
      return output.clone();
    }
  }

  private final String functionName;
  private final String functionParameters;
  private final int bufferFailure;
  private volatile Result result;

  private FakeRscaQueryProvider(String functionName, String functionParameters, int bufferFailure) {
    this.functionName = functionName;
    this.functionParameters = functionParameters;
    this.bufferFailure = bufferFailure;
  }

  /** A builder for function {@code GetState} without parameters, unless set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String functionName() {
    check();
    return functionName;
  }

  @Override
  public String functionParameters() {
    check();
    return functionParameters;
  }

  @Override
  public void setResult(byte[] output, int hresult) {
    check();
    Objects.requireNonNull(output, "output");
    if (output.length > 0 && bufferFailure < 0) {
      throw new IisException("IGlobalRSCAQueryProvider::GetOutputBuffer", bufferFailure);
    }
    result = new Result(output, hresult);
  }

  /** The module's last answer, or null if it gave none. */
  public Result result() {
    return result;
  }

  @Override
  String typeName() {
    return "RscaQueryProvider";
  }

  /** Builds a {@link FakeRscaQueryProvider}. */
  public static final class Builder {

    private String functionName = "GetState";
    private String functionParameters = "";
    private int bufferFailure;

    private Builder() {}

    /** {@code GetFunctionName}; may be null. */
    public Builder functionName(String functionName) {
      this.functionName = functionName;
      return this;
    }

    /** {@code GetFunctionParameters}; may be null. */
    public Builder functionParameters(String functionParameters) {
      this.functionParameters = functionParameters;
      return this;
    }

    /** Makes {@code GetOutputBuffer} fail with {@code hresult}, so a non-empty answer throws. */
    public Builder outputBufferFailure(int hresult) {
      if (hresult >= 0) {
        throw new IllegalArgumentException(
            "a failing HRESULT is negative, not 0x" + Integer.toHexString(hresult));
      }
      this.bufferFailure = hresult;
      return this;
    }

    /** A provider usable on the current thread until {@link #endCallback()}. */
    public FakeRscaQueryProvider build() {
      return new FakeRscaQueryProvider(functionName, functionParameters, bufferFailure);
    }
  }
}
