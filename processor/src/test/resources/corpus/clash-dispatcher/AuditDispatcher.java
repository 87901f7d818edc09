package clash;

/** A hand-written class that happens to have the dispatcher's name. */
public class AuditDispatcher {}
