package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.jiis.event.Application;
import org.jiis.event.ThreadCleanupProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GL_THREAD_CLEANUP}: IIS returns a worker thread to its pool after an operation, and the
 * thread lives on to serve later events. So a thread-cleanup event is an ordinary callback: the
 * module's listener runs, and jiis keeps the thread's own state (its callback frames and views) for
 * the thread's next events instead of discarding anything.
 */
class ThreadCleanupTest {

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);
  private final TestDispatcher dispatcher = TestDispatcher.of(module);
  private final IisEvents iis = new IisEvents(natives, module);

  @AfterEach
  void noUseAfterFreeAndNothingContained() {
    assertThat(natives.violations()).isEmpty();
    assertThat(natives.log()).isEmpty();
  }

  @Test
  void theListenerRunsAndTheThreadsNextEventsUseTheSameFrame() {
    List<Object> threadCleanupViews = new ArrayList<>();
    List<String> applications = new ArrayList<>();
    List<Object> cacheViews = new ArrayList<>();
    dispatcher.event = call -> {
      ThreadCleanupProvider provider = (ThreadCleanupProvider) call.provider();
      threadCleanupViews.add(provider);
      Application application = provider.application();
      applications.add(application.applicationId());
      return GlobalNotificationStatus.HANDLED;
    };
    dispatcher.cacheOperation = provider -> {
      cacheViews.add(provider);
      return GlobalNotificationStatus.CONTINUE;
    };

    iis.fire(GlobalEvent.CACHE_OPERATION);
    assertThat(iis.fire(GlobalEvent.THREAD_CLEANUP)).isEqualTo(1);
    iis.fire(GlobalEvent.CACHE_OPERATION);
    assertThat(iis.fire(GlobalEvent.THREAD_CLEANUP)).isEqualTo(1);

    assertThat(applications).containsExactly(IisEvents.APPLICATION_ID, IisEvents.APPLICATION_ID);
    // Same view objects: every event ran on the thread's outermost frame, which nothing discarded.
    assertThat(threadCleanupViews.get(1)).isSameInstanceAs(threadCleanupViews.get(0));
    assertThat(cacheViews.get(1)).isSameInstanceAs(cacheViews.get(0));
  }

  @Test
  void aThreadCleanupRaisedInsideAnotherHandlerGetsItsOwnFrameAndLeavesTheOuterViewsBound() {
    List<Object> threadCleanupViews = new ArrayList<>();
    List<String> outerAfterNested = new ArrayList<>();
    dispatcher.event = call -> {
      threadCleanupViews.add(call.provider());
      return GlobalNotificationStatus.CONTINUE;
    };
    iis.fire(GlobalEvent.THREAD_CLEANUP);
    dispatcher.cacheOperation = provider -> {
      iis.fire(GlobalEvent.THREAD_CLEANUP);
      outerAfterNested.add(provider.operation().name());
      return GlobalNotificationStatus.CONTINUE;
    };

    iis.fire(GlobalEvent.CACHE_OPERATION);
    iis.fire(GlobalEvent.THREAD_CLEANUP);

    assertThat(outerAfterNested).containsExactly("RETRIEVE");
    assertThat(threadCleanupViews).hasSize(3);
    assertThat(threadCleanupViews.get(1)).isNotSameInstanceAs(threadCleanupViews.get(0));
    assertThat(threadCleanupViews.get(2)).isSameInstanceAs(threadCleanupViews.get(0));
  }

  @Test
  void aThreadWhoseFirstEventIsAThreadCleanupIsServedLikeAnyOther() throws Exception {
    List<String> seen = new ArrayList<>();
    dispatcher.event = call -> {
      seen.add(Thread.currentThread().getName() + " "
          + ((ThreadCleanupProvider) call.provider()).application().physicalPath());
      return GlobalNotificationStatus.HANDLED;
    };
    int[] status = new int[1];
    Thread worker = new Thread(() -> status[0] = iis.fire(GlobalEvent.THREAD_CLEANUP), "pool thread");

    worker.start();
    worker.join();

    assertThat(status[0]).isEqualTo(1);
    assertThat(seen).containsExactly("pool thread " + IisEvents.PHYSICAL_PATH);
  }
}
