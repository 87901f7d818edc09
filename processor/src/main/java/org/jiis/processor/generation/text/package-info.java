/**
 * What every text generator shares: {@link org.jiis.processor.generation.text.TextTemplate}
 * (mustache templates that look like their output, values inserted verbatim, strict about missing
 * values), {@link org.jiis.processor.generation.text.XmlDocumentWriter} (XML through StAX), the
 * encodings and line endings of generated files, and one escaper per output language:
 * {@link org.jiis.processor.generation.text.CppText}, {@link org.jiis.processor.generation.text.DefText},
 * {@link org.jiis.processor.generation.text.MsBuildText},
 * {@link org.jiis.processor.generation.text.PowerShellText},
 * {@link org.jiis.processor.generation.text.PropertiesText},
 * {@link org.jiis.processor.generation.text.CMakeText} and
 * {@link org.jiis.processor.generation.text.SolutionText}.
 *
 * <p>The rule: a value from the model never reaches an output unescaped. A generator escapes each
 * value for the exact place it goes (a C++ wide literal, a quoted CMake argument, ...) and hands the
 * template or writer finished text. A value a format cannot carry is refused with an
 * {@code IllegalArgumentException} naming the value, never written damaged.
 */
package org.jiis.processor.generation.text;
