package org.jiis.processor.validation;

/**
 * The stable id of every diagnostic the processor reports. The id prefixes the message as
 * {@code [jiis.MissingListener]} so that users and tools can search for it; {@code
 * processor/DIAGNOSTICS.md} lists them all (a test keeps the two in step). Never rename an id.
 */
public enum DiagnosticId {
  NOT_A_CLASS("NotAClass", "@GlobalModule is on an interface, enum, record or annotation type instead of a class."),
  ABSTRACT_CLASS("AbstractClass", "The module class is abstract, so it cannot be instantiated."),
  NOT_PUBLIC("NotPublic", "The module class, or a class enclosing it, is not public."),
  INNER_CLASS("InnerClass", "The module class is a non-static nested (inner) class."),
  LOCAL_CLASS("LocalClass", "The module class is declared inside a method, initializer, lambda or anonymous class."),
  GENERIC_CLASS("GenericClass", "The module class declares type parameters."),
  NO_USABLE_CONSTRUCTOR("NoUsableConstructor",
      "The module class has no public constructor taking no arguments or one org.jiis.ModuleContext."),
  CONSTRUCTOR_THROWS("ConstructorThrows", "The constructor jiis would call declares checked exceptions."),
  NO_EVENTS("NoEvents", "The events array is empty."),
  DUPLICATE_EVENT("DuplicateEvent", "An event is listed more than once in events."),
  UNSUPPORTED_EVENT("UnsupportedEvent", "A listed event is one jiis cannot dispatch to Java yet."),
  MISSING_LISTENER("MissingListener", "A listed event's listener interface is not implemented by the class."),
  UNLISTED_LISTENER("UnlistedListener", "The class implements the listener interface of an event that is not listed."),
  INVALID_NAME("InvalidName", "The module name (explicit or the class's simple name) is not [A-Za-z_][A-Za-z0-9_]{0,63}."),
  RESERVED_NAME("ReservedName", "The module name is a Windows reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9)."),
  DUPLICATE_NAME("DuplicateName", "Another module in the same compilation has the same name, ignoring case."),
  DISPATCHER_CLASH("DispatcherClash",
      "A type in the compiled sources already has the name of the dispatcher jiis would generate."),
  VERSION_MISMATCH("VersionMismatch", "jiis-processor and jiis-runtime come from different jiis versions."),
  INTERNAL_ERROR("InternalError", "A bug in the jiis processor; the message says what failed.");

  private final String id;
  private final String summary;

  DiagnosticId(String shortId, String summary) {
    this.id = "jiis." + shortId;
    this.summary = summary;
  }

  /** The id, for example {@code jiis.MissingListener}. */
  public String id() {
    return id;
  }

  /** One line saying what the diagnostic means. */
  public String summary() {
    return summary;
  }

  /** The message prefix, for example {@code [jiis.MissingListener] }. */
  String prefix() {
    return "[" + id + "] ";
  }
}
