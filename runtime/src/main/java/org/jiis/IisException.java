package org.jiis;

/** An IIS call returned a failing {@code HRESULT}. */
public final class IisException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int hresult;

  public IisException(String call, int hresult) {
    super(call + " failed with HRESULT 0x" + String.format("%08X", hresult));
    this.hresult = hresult;
  }

  /** The failing {@code HRESULT}. */
  public int hresult() {
    return hresult;
  }
}
