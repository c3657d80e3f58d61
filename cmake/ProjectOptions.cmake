# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that every project library, executable and test links.
# It carries the language level, the warning set (errors for project code) and
# the strict Qt macros named in ARCHITECTURE.md.
add_library(fotadesk_common INTERFACE)
add_library(FotaDesk::common ALIAS fotadesk_common)

target_compile_features(fotadesk_common INTERFACE cxx_std_20)

target_compile_definitions(fotadesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_NO_FOREACH
    FOTADESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(fotadesk_common INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
    if(FOTADESK_WERROR)
        target_compile_options(fotadesk_common INTERFACE -Werror)
    endif()
endif()

# fotadesk_add_library(name folder-sources...) : a STATIC per-layer library.
function(fotadesk_add_library name)
    qt_add_library(${name} STATIC ${ARGN})
    target_link_libraries(${name} PUBLIC fotadesk_common)
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
endfunction()

# fotadesk_add_layer(name [RECURSE] [LIBS ...]) : a STATIC per-layer library made of
# every .h/.cpp in the calling folder (RECURSE: and in its feature folders, as in
# src/gui), so that adding a class is adding its two files.
function(fotadesk_add_layer name)
    cmake_parse_arguments(L "RECURSE" "" "LIBS" ${ARGN})
    set(glob GLOB)
    if(L_RECURSE)
        set(glob GLOB_RECURSE)
    endif()
    file(${glob} sources CONFIGURE_DEPENDS
        ${CMAKE_CURRENT_SOURCE_DIR}/*.h ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
    file(${glob} cpps CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
    if(NOT cpps)
        # Headers only (so far): an INTERFACE library with the same usage.
        add_library(${name} INTERFACE)
        target_link_libraries(${name} INTERFACE fotadesk_common ${L_LIBS})
        target_include_directories(${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
        return()
    endif()
    fotadesk_add_library(${name} ${sources})
    target_link_libraries(${name} PUBLIC ${L_LIBS})
endfunction()
