// A type of the user's own that happens to be called ModuleContext.
package other;

public interface ModuleContext {}
