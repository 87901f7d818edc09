package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheOperation;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.FileInfo;
import org.jiis.cache.FileKey;
import org.jiis.cache.TokenEntry;
import org.jiis.cache.TokenKey;
import org.jiis.cache.UriKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Views work only during their callback, on its thread. */
class ViewLifetimeTest {

  private static final String KEEP =
      " To keep a cache record, call CacheRecord.retain() during the callback and use"
          + " RetainedRecord.record() until you close the RetainedRecord.";

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);

  @AfterEach
  void noUseAfterFree() {
    assertThat(natives.violations()).isEmpty();
  }

  private static String afterReturn(String type) {
    return "This " + type + " view was used after its callback returned; it is valid only during"
        + " the callback that received it." + KEEP;
  }

  @Test
  void everyMethodOfEveryViewFailsAfterTheCallbackReturns() throws Exception {
    List<Object> views = new ArrayList<>();
    long tokenKey = natives.tokenKey("alice");
    long fileKey = natives.fileKey("C:\\f.txt");
    long otherKey = natives.otherKey("CUSTOM", 1);
    natives.fire(module, natives.provider(0, tokenKey, natives.tokenEntry(tokenKey, 1, 1, null)),
        provider -> {
          views.add(provider);
          views.add(provider.key());
          views.add(provider.record());
        });
    natives.fire(module, natives.provider(0, fileKey, natives.add(new FakeNatives.FileInfo(fileKey))),
        provider -> {
          views.add(provider.key());
          views.add(provider.record());
        });
    natives.fire(module, natives.provider(0, natives.uriKey("/"), natives.otherRecord(otherKey)),
        provider -> {
          views.add(provider.key());
          views.add(provider.record());
          views.add(provider.record().key());
        });

    List<Class<?>> apis = List.of(CacheProvider.class, TokenKey.class, TokenEntry.class,
        FileKey.class, FileInfo.class, UriKey.class, CacheRecord.class, CacheKey.class);
    for (int i = 0; i < views.size(); i++) {
      Object view = views.get(i);
      Class<?> api = apis.get(i);
      assertThat(view).isInstanceOf(api);
      for (Method method : api.getMethods()) {
        InvocationTargetException e =
            assertThrows(InvocationTargetException.class,
                () -> method.invoke(view, ViewMethods.neutralArguments(method)), method.toString());
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
        assertThat(e.getCause()).hasMessageThat().isEqualTo(afterReturn(api.getSimpleName()));
      }
    }
  }

  @Test
  void aViewFailsOnAnotherThreadDuringTheCallbackAndStillWorksOnItsOwn() {
    String callbackThread = Thread.currentThread().getName();
    AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();

    natives.fire(module, natives.tokenEvent("alice", null), provider -> {
      TokenEntry record = (TokenEntry) provider.record();
      Thread other = new Thread(() -> {
        try {
          record.primaryToken();
        } catch (Throwable t) {
          fromOtherThread.set(t);
        }
      }, "intruder");
      other.start();
      join(other);
      assertThat(record.primaryToken().isValid()).isTrue();
    });

    assertThat(fromOtherThread.get()).isInstanceOf(IllegalStateException.class);
    assertThat(fromOtherThread.get()).hasMessageThat().isEqualTo(
        "This TokenEntry view was used on thread \"intruder\", but it is valid only during the"
            + " callback that received it, on that callback's thread (\"" + callbackThread + "\")."
            + KEEP);
  }

  @Test
  void aViewKeptFromAnEarlierCallbackFailsInALaterOneInsteadOfReachingAFreedRecord() {
    AtomicReference<TokenEntry> kept = new AtomicReference<>();
    long first = natives.tokenEvent("alice", null);
    long firstRecord = ((FakeNatives.Provider) natives.object(first)).record;
    natives.fire(module, first, provider -> kept.set((TokenEntry) provider.record()));
    assertThat(natives.isFreed(firstRecord)).isTrue();

    long fileKey = natives.fileKey("C:\\f.txt");
    natives.fire(module, natives.provider(0, fileKey, natives.add(new FakeNatives.FileInfo(fileKey))),
        provider -> {
          assertThat(provider.record()).isInstanceOf(FileInfo.class);
          IllegalStateException e = assertThrows(IllegalStateException.class, () -> kept.get().sid());
          assertThat(e).hasMessageThat().isEqualTo(afterReturn("TokenEntry"));
        });
  }

  @Test
  void aViewObjectReusedByALaterCallbackShowsThatCallbacksObject() {
    // The price of allocating nothing per event: a kept reference to a view that the next
    // callback rebinds reads the next callback's (live) object, never the freed one.
    AtomicReference<CacheProvider> kept = new AtomicReference<>();
    natives.fire(module, natives.provider(CacheOperation.ADD.value(), 0, 0), kept::set);

    natives.fire(module, natives.provider(CacheOperation.DELETE.value(), 0, 0), provider -> {
      assertThat(provider).isSameInstanceAs(kept.get());
      assertThat(kept.get().operation()).isEqualTo(CacheOperation.DELETE);
    });
  }

  @Test
  void viewsAreInvalidatedWhenTheHandlerThrows() {
    AtomicReference<CacheProvider> kept = new AtomicReference<>();
    TestDispatcher.of(module).cacheOperation = provider -> {
      kept.set(provider);
      throw new IllegalStateException("handler failed");
    };

    natives.fire(module, natives.provider(0, 0, 0));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> kept.get().operation());
    assertThat(e).hasMessageThat().isEqualTo(afterReturn("CacheProvider"));
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
