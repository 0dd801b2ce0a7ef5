# Settings of a benchmark script from its environment. `apply_settings SCRIPT NAME=default...` gives
# every unset variable its default and sets `command` to SCRIPT preceded by each override, the way
# the documented command in docs/benchmarks.md shows it (APPEND_RESULTS, which only decides whether
# results are written, is left out).
apply_settings() { # script NAME=default...
  local setting name
  command=$1
  shift
  for setting in "$@"; do
    name=${setting%%=*}
    if [[ -n "${!name+set}" && "${!name}" != "${setting#*=}" ]]; then
      if [[ $name != APPEND_RESULTS ]]; then
        if [[ ${!name} =~ ^[A-Za-z0-9._,/-]+$ ]]; then command="$name=${!name} $command"; else command="$name=${!name@Q} $command"; fi
      fi
    else
      printf -v "$name" '%s' "${setting#*=}"
    fi
  done
}
