#include "paths.h"

#include <string.h>

#include "jiis/platform.h"

void jiis_path_join(jiis_buf* out, const char* dir, const char* name) {
  jiis_buf_append(out, dir);
  size_t length = strlen(dir);
  if (length > 0 && !jiis_platform_is_path_separator(dir[length - 1])) {
    jiis_buf_append_char(out, JIIS_PATH_SEPARATOR);
  }
  jiis_buf_append(out, name);
}

void jiis_path_resolve(jiis_buf* out, const char* dir, const char* path) {
  if (jiis_platform_is_absolute_path(path)) {
    jiis_buf_append(out, path);
  } else {
    jiis_path_join(out, dir, path);
  }
}

void jiis_path_parent(jiis_buf* out, const char* path) {
  size_t end = strlen(path);
  while (end > 0 && !jiis_platform_is_path_separator(path[end - 1])) end--;
  /* Drop the separator, but keep the root of "/x" and "C:\x". */
  int is_root = end == 1 || (end == 3 && path[1] == ':');
  if (end > 0 && !is_root) end--;
  jiis_buf_append_n(out, path, end);
}
