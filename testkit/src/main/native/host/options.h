// The command line of jiis-host.
#ifndef JIIS_HOST_OPTIONS_H
#define JIIS_HOST_OPTIONS_H

#include <string>
#include <utility>
#include <vector>

namespace jiis_host {

struct Options {
  // The modules, in the order they are loaded and registered (and called for each event).
  std::vector<std::string> modulePaths;
  std::string scenarioFile;  // empty: none
  // Scenario lines from the command line, in order, with where each came from ("--threads",
  // "-e 2"); they come after the scenario file's lines, so they override its settings.
  std::vector<std::pair<std::string, std::string>> lines;
  std::string reportFile;  // empty: standard output
  bool help = false;
};

// Returns false with a message on a malformed command line.
bool parseOptions(int argc, char** argv, Options* options, std::string* error);

extern const char kUsage[];

}  // namespace jiis_host

#endif
