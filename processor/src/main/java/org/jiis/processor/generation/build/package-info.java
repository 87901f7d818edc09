/**
 * The files of a module's native build besides its C++ logic, each from one small generator that
 * reads only the {@link org.jiis.processor.model.ModuleModel} (and the list of native sources);
 * {@link org.jiis.processor.generation.build.BuildFiles} runs them all, with the runtime's sources
 * from {@link org.jiis.processor.generation.build.RuntimeSources}. Output never varies between
 * runs: GUIDs are name-based, lists keep a fixed order, nothing records a time or a path.
 *
 * <table>
 *   <caption>Encodings and line endings</caption>
 *   <tr><th>file</th><th>encoding</th><th>line ending</th><th>why</th></tr>
 *   <tr><td>{@code <Name>.def}</td><td>ASCII</td><td>CRLF</td><td>link.exe and GNU ld read it</td></tr>
 *   <tr><td>{@code <Name>.vcxproj}, {@code <Name>.sln}</td><td>UTF-8 with BOM</td><td>CRLF</td>
 *       <td>as Visual Studio writes them</td></tr>
 *   <tr><td>{@code install-<Name>.ps1}</td><td>UTF-8 with BOM</td><td>CRLF</td>
 *       <td>Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page</td></tr>
 *   <tr><td>{@code CMakeLists.txt}</td><td>UTF-8</td><td>LF</td><td>read on every platform</td></tr>
 *   <tr><td>{@code <Name>.jiis.properties}</td><td>UTF-8</td><td>as the runtime's template</td>
 *       <td>a copy of the template</td></tr>
 * </table>
 */
package org.jiis.processor.generation.build;
