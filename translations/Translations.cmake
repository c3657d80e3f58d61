# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# FotaDesk's translations (issue 8), included from src/gui/CMakeLists.txt: the .ts files in
# this folder are compiled by lrelease and embedded into fotadesk_gui as ":/i18n/fotadesk_<code>.qm".
#
#   cmake --build <build> --target update_translations   re-reads the sources (lupdate)
#
# The sources lupdate reads: every layer but src/sim (fotasim speaks the service's English, like
# the real ThingSpace), and the forms in ui/. tests/i18n runs lupdate over the same folders.
set(FOTADESK_LUPDATE_DIRS src/api src/app src/core src/gui src/models src/store src/workflow ui)
set_property(GLOBAL PROPERTY FOTADESK_LUPDATE_DIRS "${FOTADESK_LUPDATE_DIRS}")

set(fotadesk_lupdate_sources "")
foreach(dir IN LISTS FOTADESK_LUPDATE_DIRS)
    file(GLOB_RECURSE found CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/${dir}/*.cpp ${PROJECT_SOURCE_DIR}/${dir}/*.h
        ${PROJECT_SOURCE_DIR}/${dir}/*.ui)
    list(APPEND fotadesk_lupdate_sources ${found})
endforeach()

set(fotadesk_ts_dir ${PROJECT_SOURCE_DIR}/translations)
# German and Spanish: every source string translated.
qt_add_translations(fotadesk_gui
    TS_FILES ${fotadesk_ts_dir}/fotadesk_de.ts ${fotadesk_ts_dir}/fotadesk_es.ts
    SOURCES ${fotadesk_lupdate_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/src
    LUPDATE_OPTIONS -no-obsolete -locations relative
    RESOURCE_PREFIX /i18n)

# English is the source language: its file holds only the plural forms of "%n" strings.
add_custom_target(fotadesk_translations_en)
qt_add_lupdate(fotadesk_translations_en
    TS_FILES ${fotadesk_ts_dir}/fotadesk_en.ts
    SOURCES ${fotadesk_lupdate_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/src
    OPTIONS -pluralonly -no-obsolete -locations relative)
qt_add_lrelease(fotadesk_translations_en
    TS_FILES ${fotadesk_ts_dir}/fotadesk_en.ts
    QM_FILES_OUTPUT_VARIABLE fotadesk_en_qm)
add_dependencies(fotadesk_gui fotadesk_translations_en)
qt_add_resources(fotadesk_gui "fotadesk_gui_translations_en" PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${fotadesk_en_qm})
