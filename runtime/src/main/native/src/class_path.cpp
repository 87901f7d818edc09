#include "class_path.h"

#include <string.h>

#include "jiis/platform.h"
#include "paths.h"

static void add_problem(jiis_buf* problems, const char* text) {
  if (problems->length > 0) jiis_buf_append_char(problems, '\n');
  jiis_buf_append(problems, text);
}

static int expand_folder(const char* entry, jiis_strlist* expanded, jiis_buf* problems) {
  jiis_buf folder = JIIS_BUF_INIT;
  jiis_path_parent(&folder, entry); // "lib/*" -> "lib"
  jiis_buf line = JIIS_BUF_INIT;
  jiis_strlist jars = JIIS_STRLIST_INIT;
  int ok = 0;
  if (!jiis_platform_directory_exists(jiis_buf_str(&folder))) {
    jiis_buf_appendf(&line, "class path entry %s: the folder %s does not exist", entry,
                     jiis_buf_str(&folder));
  } else if (!jiis_platform_list_files(jiis_buf_str(&folder), ".jar", &jars, &line)) {
    /* `line` says why */
  } else if (jars.count == 0) {
    jiis_buf_appendf(&line, "class path entry %s: no .jar files in %s", entry, jiis_buf_str(&folder));
  } else {
    jiis_strlist_sort(&jars);
    jiis_buf path = JIIS_BUF_INIT;
    for (int i = 0; i < jars.count; i++) {
      jiis_buf_clear(&path);
      jiis_path_join(&path, jiis_buf_str(&folder), jars.items[i]);
      jiis_strlist_add(expanded, jiis_buf_str(&path));
    }
    jiis_buf_free(&path);
    ok = 1;
  }
  if (!ok) add_problem(problems, jiis_buf_str(&line));
  jiis_strlist_free(&jars);
  jiis_buf_free(&line);
  jiis_buf_free(&folder);
  return ok;
}

int jiis_class_path_expand(const jiis_strlist* entries, jiis_strlist* expanded, jiis_buf* problems) {
  int ok = 1;
  for (int i = 0; i < entries->count; i++) {
    const char* entry = entries->items[i];
    size_t length = strlen(entry);
    if (length > 0 && entry[length - 1] == '*') {
      ok &= expand_folder(entry, expanded, problems);
    } else if (jiis_platform_file_exists(entry) || jiis_platform_directory_exists(entry)) {
      jiis_strlist_add(expanded, entry);
    } else {
      jiis_buf line = JIIS_BUF_INIT;
      jiis_buf_appendf(&line, "class path entry %s does not exist", entry);
      add_problem(problems, jiis_buf_str(&line));
      jiis_buf_free(&line);
      ok = 0;
    }
  }
  return ok && !expanded->failed;
}
