# add_supervisor_plugin(<name> SOURCES <file>... [LIBRARIES <target>...])
#
#   Builds an in-tree plugin named <name> (the name its descriptor reports and
#   [plugin:<name>] sections use) as the MODULE library target `sup-<name>`,
#   file `sup-<name>.so`, written to ${CMAKE_BINARY_DIR}/plugins/<name>/ and
#   installed to <prefix>/lib/supervisor-cpp/plugins/. supervisord finds it
#   there by name (see docs/plugin-authors.md, "Where plugins are found").
#
#   The plugin sees plugin-api/ and nothing else of the tree: it gets no
#   kernel include path, may not link a kernel library, and configure (and
#   every build) fails if one of its sources, or of the headers beside
#   them, includes a kernel header. Only the entry symbol is exported
#   (hidden visibility by default).
#
#   LIBRARIES are linked privately, e.g. a helper library shared by two
#   plugins made with add_supervisor_plugin_library().
#
# add_supervisor_plugin_library(<target> SOURCES <file>... [LIBRARIES <target>...])
#
#   A static, position-independent library for code two plugins share (the
#   HTTP + XML-RPC server of rpc-unix and rpc-http). Same include rule; its
#   own directory is a PUBLIC include directory of its users.
#
# Example, plugins/rpc-unix/CMakeLists.txt:
#   add_supervisor_plugin(rpc-unix SOURCES unix_server.cpp plugin.cpp
#                         LIBRARIES sup-xmlrpc-server)

include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/PluginIncludeCheck.cmake)

set(SUP_PLUGIN_API_DIR ${CMAKE_CURRENT_LIST_DIR}/../plugin-api)
get_filename_component(SUP_PLUGIN_API_DIR ${SUP_PLUGIN_API_DIR} ABSOLUTE)
get_filename_component(SUP_KERNEL_DIR ${CMAKE_CURRENT_LIST_DIR}/../kernel ABSOLUTE)
set(SUP_PLUGIN_INSTALL_DIR lib/supervisor-cpp/plugins)
set(SUP_KERNEL_LIBRARIES supkernel supruntime supconfig)

# Checks <target>'s sources and the headers beside them now and on every build.
function(_sup_plugin_guard target label)
  set(files)
  foreach(src ${ARGN})
    get_filename_component(abs ${src} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    get_filename_component(dir ${abs} DIRECTORY)
    file(GLOB headers CONFIGURE_DEPENDS ${dir}/*.h ${dir}/*.hpp)
    list(APPEND files ${abs} ${headers})
  endforeach()
  list(REMOVE_DUPLICATES files)
  sup_check_plugin_includes(${label} ${SUP_KERNEL_DIR} ${SUP_PLUGIN_API_DIR} ${files})

  string(REPLACE ";" "|" file_list "${files}")
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}.includes-checked)
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DPLUGIN=${label} -DKERNEL_DIR=${SUP_KERNEL_DIR}
            -DAPI_DIR=${SUP_PLUGIN_API_DIR} "-DFILES=${file_list}" -DSTAMP=${stamp}
            -P ${SUP_KERNEL_DIR}/../cmake/PluginIncludeCheck.cmake
    DEPENDS ${files}
    COMMENT "Checking that ${label} includes plugin-api headers only"
    VERBATIM)
  add_custom_target(${target}-include-check DEPENDS ${stamp})
  add_dependencies(${target} ${target}-include-check)
endfunction()

function(_sup_plugin_common target label)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "${label}: SOURCES is required")
  endif()
  foreach(lib ${ARG_LIBRARIES})
    if(lib IN_LIST SUP_KERNEL_LIBRARIES)
      message(FATAL_ERROR "${label} may not link the kernel library ${lib}")
    endif()
  endforeach()
  target_sources(${target} PRIVATE ${ARG_SOURCES})
  target_include_directories(${target} PRIVATE ${SUP_PLUGIN_API_DIR})
  target_link_libraries(${target} PRIVATE ${ARG_LIBRARIES})
  set_target_properties(${target} PROPERTIES
    POSITION_INDEPENDENT_CODE ON
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  _sup_plugin_guard(${target} ${label} ${ARG_SOURCES})
endfunction()

function(add_supervisor_plugin name)
  set(target sup-${name})
  add_library(${target} MODULE)
  _sup_plugin_common(${target} "plugin ${name}" ${ARGN})
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME sup-${name}
    LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/plugins/${name})
  install(TARGETS ${target} LIBRARY DESTINATION ${SUP_PLUGIN_INSTALL_DIR})
endfunction()

function(add_supervisor_plugin_library target)
  add_library(${target} STATIC)
  _sup_plugin_common(${target} "plugin library ${target}" ${ARGN})
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()
