#include "options.h"

#include <cstring>

#include "host_module.h"

namespace jiis_host {

const char kUsage[] =
    "Usage: jiis-host [options] <module.so>...\n"
    "Loads IIS global modules built for Linux into one process, calls their RegisterModule, fires\n"
    "the scenario's events at them, calls Terminate, and writes a JSON-lines report (README.md).\n"
    "\n"
    "  --scenario FILE        read scenario lines from FILE\n"
    "  -e, --event LINE       add one scenario line (repeatable), e.g.\n"
    "                         -e 'cache-operation RETRIEVE token user=alice primary=null'\n"
    "  --threads N            same as the scenario line 'threads N'\n"
    "  --repeat M             same as 'repeat M'\n"
    "  --server-version V     same as 'server-version V'\n"
    "  --report FILE          write the report to FILE (default: standard output; the module's\n"
    "                         own standard output then goes to standard error)\n"
    "  -h, --help             show this text\n"
    "\n"
    "Exit status: 0 report complete without errors, 1 report complete with \"error\" lines,\n"
    "2 bad command line or scenario (nothing was loaded).\n";

bool parseOptions(int argc, char** argv, Options* options, std::string* error) {
  int eventNumber = 0;
  for (int i = 1; i < argc; i++) {
    const std::string argument = argv[i];
    const bool takesValue = argument == "--scenario" || argument == "-e" ||
                            argument == "--event" || argument == "--threads" ||
                            argument == "--repeat" || argument == "--server-version" ||
                            argument == "--report";
    if (argument == "-h" || argument == "--help") {
      options->help = true;
      return true;
    }
    if (takesValue) {
      if (i + 1 >= argc) {
        *error = "option " + argument + " needs a value";
        return false;
      }
      const std::string value = argv[++i];
      if (argument == "--scenario") {
        options->scenarioFile = value;
      } else if (argument == "--report") {
        options->reportFile = value;
      } else if (argument == "-e" || argument == "--event") {
        options->lines.emplace_back(value, "-e " + std::to_string(++eventNumber));
      } else {
        options->lines.emplace_back(argument.substr(2) + " " + value, argument);
      }
    } else if (!argument.empty() && argument[0] == '-') {
      *error = "unknown option " + argument;
      return false;
    } else if (options->modulePaths.size() == kMaxModules) {
      *error = "more than " + std::to_string(kMaxModules) + " modules given";
      return false;
    } else {
      options->modulePaths.push_back(argument);
    }
  }
  if (options->modulePaths.empty()) {
    *error = "no module given";
    return false;
  }
  return true;
}

}  // namespace jiis_host
