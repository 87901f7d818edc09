package org.jiis.event;

/** A view of {@code IGlobalRSCAQueryProvider}: a Runtime Status and Control API query. */
public interface RscaQueryProvider extends EventProvider {

  /** {@code GetFunctionName} */
  String functionName();

  /** {@code GetFunctionParameters} */
  String functionParameters();

  /**
   * Answers the query: copies {@code output} into the provider's output buffer
   * ({@code GetOutputBuffer}) and calls {@code SetResult(output.length, hresult)}.
   *
   * @throws org.jiis.IisException if IIS cannot provide an output buffer of that size
   */
  void setResult(byte[] output, int hresult);
}
