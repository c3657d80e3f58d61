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
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
endfunction()
