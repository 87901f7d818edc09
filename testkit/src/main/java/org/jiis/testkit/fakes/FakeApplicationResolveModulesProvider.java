package org.jiis.testkit.fakes;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jiis.IisException;
import org.jiis.Priority;
import org.jiis.event.ApplicationResolveModulesProvider;

/**
 * A fake {@link ApplicationResolveModulesProvider}: what an
 * {@code ApplicationResolveModulesListener} receives. It records every request-module priority
 * the module sets, or refuses them with an {@code HRESULT} as IIS may.
 */
public final class FakeApplicationResolveModulesProvider extends FakeApplicationEventProvider
    implements ApplicationResolveModulesProvider {

  /** One {@code SetPriorityForRequestNotification} call. */
  public record RequestPriority(String moduleName, int requestNotification, Priority priority) {}

  private final int failure;
  private final List<RequestPriority> priorities = new CopyOnWriteArrayList<>();

  private FakeApplicationResolveModulesProvider(FakeApplication application, int failure) {
    super(application);
    this.failure = failure;
  }

  /**
   * A provider usable on the current thread until {@link #endCallback()}, accepting every
   * priority.
   *
   * @param application {@code GetApplication}, or null when IIS passes none
   */
  public static FakeApplicationResolveModulesProvider of(FakeApplication application) {
    return new FakeApplicationResolveModulesProvider(application, 0);
  }

  /**
   * A provider whose {@code SetPriorityForRequestNotification} fails with {@code hresult}, so
   * {@link #setPriorityForRequestNotification} throws the {@link IisException} the runtime would.
   */
  public static FakeApplicationResolveModulesProvider failingWith(FakeApplication application, int hresult) {
    if (hresult >= 0) {
      throw new IllegalArgumentException("a failing HRESULT is negative, not 0x" + Integer.toHexString(hresult));
    }
    return new FakeApplicationResolveModulesProvider(application, hresult);
  }


  @Override
  public void setPriorityForRequestNotification(
      String moduleName, int requestNotification, Priority priority) {
    check();
    Objects.requireNonNull(moduleName, "moduleName");
    Objects.requireNonNull(priority, "priority");
    if (failure < 0) {
      throw new IisException(
          "IHttpApplicationResolveModulesProvider::SetPriorityForRequestNotification", failure);
    }
    priorities.add(new RequestPriority(moduleName, requestNotification, priority));
  }

  /** The priorities the module set, oldest first. */
  public List<RequestPriority> priorities() {
    return List.copyOf(priorities);
  }


  @Override
  String typeName() {
    return "ApplicationResolveModulesProvider";
  }
}
