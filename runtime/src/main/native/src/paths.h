/* File path arithmetic on UTF-8 strings ('/' and '\' both separate on Windows). */
#ifndef JIIS_PATHS_H
#define JIIS_PATHS_H

#include "jiis/text.h"

/* Appends `path` resolved against `dir` (unchanged when it is absolute). */
void jiis_path_resolve(jiis_buf* out, const char* dir, const char* path);

/* Appends the folder part of `path` ("" when it has none). */
void jiis_path_parent(jiis_buf* out, const char* path);

/* Appends `dir` + separator + `name`. */
void jiis_path_join(jiis_buf* out, const char* dir, const char* name);

#endif /* JIIS_PATHS_H */
