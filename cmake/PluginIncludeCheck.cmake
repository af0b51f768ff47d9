# Refuses a plugin source that includes a kernel header: in-tree plugins see
# plugin-api/ only, exactly like third-party ones (DESIGN.md, "The plugin ABI
# is a C ABI"). Used at configure time by add_supervisor_plugin() and again at
# build time (cmake -P this file), so an include added later is caught too.
#
# An include is refused when its path names kernel/, or when it resolves to a
# file under the kernel directory (relative to the including file, or relative
# to kernel/ itself) that plugin-api/ does not provide.

function(sup_check_plugin_includes plugin kernel_dir api_dir)
  foreach(file ${ARGN})
    get_filename_component(file_dir ${file} DIRECTORY)
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line ${lines})
      if(NOT line MATCHES "#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
        continue()
      endif()
      set(inc ${CMAKE_MATCH_1})
      get_filename_component(beside ${inc} ABSOLUTE BASE_DIR ${file_dir})
      string(FIND "${beside}" "${kernel_dir}/" beside_at)
      if(inc MATCHES "(^|/)kernel/"
         OR beside_at EQUAL 0
         OR (EXISTS ${kernel_dir}/${inc} AND NOT EXISTS ${api_dir}/${inc}))
        message(FATAL_ERROR
          "plugin ${plugin}: ${file} includes the kernel header \"${inc}\"; "
          "plugins may include plugin-api/ headers only")
      endif()
    endforeach()
  endforeach()
endfunction()

# Script mode: cmake -DPLUGIN=.. -DKERNEL_DIR=.. -DAPI_DIR=.. -DFILES=a|b -DSTAMP=.. -P this
if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
  string(REPLACE "|" ";" files "${FILES}")
  sup_check_plugin_includes(${PLUGIN} ${KERNEL_DIR} ${API_DIR} ${files})
  file(TOUCH ${STAMP})
endif()
