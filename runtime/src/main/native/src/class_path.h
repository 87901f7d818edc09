/* The module's class path: checking the entries and expanding folder wildcards. */
#ifndef JIIS_CLASS_PATH_H
#define JIIS_CLASS_PATH_H

#include "jiis/text.h"

// Adds each entry of `entries` to `expanded`, replacing a folder wildcard ("lib/*") by the .jar
// files in that folder, sorted by name. Returns 1, or 0 with one line per missing file, missing
// folder or folder without jars appended to `problems`.
int jiis_class_path_expand(const jiis_strlist* entries, jiis_strlist* expanded, jiis_buf* problems);

#endif /* JIIS_CLASS_PATH_H */
