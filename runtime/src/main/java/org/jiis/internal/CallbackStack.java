package org.jiis.internal;

import java.util.Arrays;

/**
 * One thread's callback frames, one per nesting level. A callback that starts while another runs
 * on the same thread (IIS raising an event from inside a handler's call) gets the next frame, so
 * it never rebinds the views the outer handler still holds.
 */
final class CallbackStack {

  private final NativeAccess natives;
  private final Thread thread;
  private CallbackFrame[] frames = new CallbackFrame[2];
  private int depth;

  CallbackStack(NativeAccess natives) {
    this.natives = natives;
    this.thread = Thread.currentThread();
  }

  /** Opens the frame of the next nesting level; pair with {@link #pop} in a {@code finally}. */
  CallbackFrame push() {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    CallbackFrame frame = frames[depth];
    if (frame == null) {
      frame = new CallbackFrame(natives, thread);
      frames[depth] = frame;
    }
    frame.open();
    depth++;
    return frame;
  }

  /** Closes the innermost frame, invalidating every view bound in it. */
  void pop() {
    depth--;
    frames[depth].close();
  }

  /** Whether no callback of this module runs on the thread: it is going back to IIS. */
  boolean idle() {
    return depth == 0;
  }
}
