package org.jiis.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Name;

/**
 * Finds {@code @GlobalModule} on classes declared inside a method, initializer, lambda or anonymous
 * class. javac gives processors no elements for those, so without this scan such a module would be
 * silently ignored. Bodies are not attributed yet while processors run, so the annotation is
 * recognised by name: {@code @org.jiis.GlobalModule}, or {@code @GlobalModule} in a file that
 * imports it (or {@code org.jiis.*}) or belongs to package {@code org.jiis}, unless another type
 * called {@code GlobalModule} shadows it there (a single-type import, a type of the file's package,
 * or a member type of an enclosing class).
 *
 * <p>Needs javac's trees; without them (see {@link SourceTrees}) it finds nothing.
 */
public final class LocalModuleScanner {

  private static final String PACKAGE = "org.jiis";
  private static final String SIMPLE_NAME = "GlobalModule";

  private final Trees trees;
  private final Set<CompilationUnitTree> scanned = Collections.newSetFromMap(new IdentityHashMap<>());

  /** A scanner for one round: it scans each compilation unit once. */
  public LocalModuleScanner(SourceTrees sourceTrees) {
    this.trees = sourceTrees.trees();
  }

  /** The text of the error for a module class declared in a body. */
  static String message(Name className) {
    return "module class " + className + " is declared inside a method, initializer, lambda or anonymous class,"
        + " where jiis cannot create it; move it to its own file as a public class, or make it a public"
        + " static nested class";
  }

  /** Scans the compilation unit that declares {@code root}, unless already scanned, into {@code report}. */
  public void scan(Element root, ValidationReport report) {
    if (trees == null) {
      return;
    }
    TreePath path = trees.getPath(root);
    if (path != null && scanned.add(path.getCompilationUnit())) {
      scan(trees, path.getCompilationUnit(), report);
    }
  }

  private static void scan(Trees trees, CompilationUnitTree unit, ValidationReport report) {
    boolean simpleNameResolves = simpleNameResolves(trees, unit);
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree node, Void unused) {
        if (isInBody(getCurrentPath())
            && isAnnotated(node, simpleNameResolves && !isShadowedByMemberType(getCurrentPath()))) {
          report.error(DiagnosticId.LOCAL_CLASS, message(node.getSimpleName()), Location.of(trees, node, unit));
        }
        return super.visitClass(node, unused);
      }
    }.scan(unit, null);
  }

  /** Whether some enclosing tree is not a class: a method, block, lambda or expression. */
  private static boolean isInBody(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (!(leaf instanceof ClassTree) && !(leaf instanceof CompilationUnitTree)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAnnotated(ClassTree node, boolean simpleNameResolves) {
    for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
      String name = annotation.getAnnotationType().toString();
      if (name.equals(PACKAGE + "." + SIMPLE_NAME) || (simpleNameResolves && name.equals(SIMPLE_NAME))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code @GlobalModule} names jiis's annotation in {@code unit}, as far as the file and its
   * package tell: a single-type import decides, then a type of the file's own package, then an
   * on-demand import of {@code org.jiis}.
   */
  private static boolean simpleNameResolves(Trees trees, CompilationUnitTree unit) {
    boolean inJiisPackage = unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE);
    boolean onDemand = false;
    for (ImportTree anImport : unit.getImports()) {
      String imported = anImport.getQualifiedIdentifier().toString();
      if (anImport.isStatic()) {
        continue;
      }
      if (imported.equals(PACKAGE + "." + SIMPLE_NAME)) {
        return true;
      }
      if (imported.endsWith("." + SIMPLE_NAME)) {
        return false;
      }
      onDemand |= imported.equals(PACKAGE + ".*");
    }
    if (inJiisPackage) {
      return true;
    }
    return onDemand && !packageDeclaresType(trees, unit);
  }

  /** Whether the package of {@code unit} has a type called {@code GlobalModule}. */
  private static boolean packageDeclaresType(Trees trees, CompilationUnitTree unit) {
    Element pkg = trees.getElement(new TreePath(unit));
    if (pkg == null) {
      return false;
    }
    for (Element member : pkg.getEnclosedElements()) {
      if (member.getSimpleName().contentEquals(SIMPLE_NAME)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class enclosing the tree at {@code path} declares a member type called {@code GlobalModule}. */
  private static boolean isShadowedByMemberType(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree enclosing) {
        for (Tree member : enclosing.getMembers()) {
          if (member instanceof ClassTree type && type.getSimpleName().contentEquals(SIMPLE_NAME)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
