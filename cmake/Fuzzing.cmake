# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# libFuzzer targets and their corpus replay tests (tests/fuzz/).
#
# fotadesk_add_fuzz_target(<name> SOURCE <file.cpp> LIBS <libs...> [INSTRUMENT <libs...>])
#
# Always (any compiler): an executable fuzz_<name>_replay that links the entry
# point (LLVMFuzzerTestOneInput in <file.cpp>) to FuzzReplayMain.cpp, and a
# ctest fuzz_replay_<name> that runs every file of tests/fuzz/corpus/<name>/
# through it, so the corpora are regression tests in every build.
#
# With FOTADESK_FUZZ=ON and clang (the asan preset): also the libFuzzer
# executable bin/fuzz/fuzz_<name> (-fsanitize=fuzzer), and the INSTRUMENT libraries
# (the code under test) are compiled with -fsanitize=fuzzer-no-link so that
# libFuzzer sees their coverage. scripts/test.d/30-fuzz.sh runs them.
option(FOTADESK_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

set(FOTADESK_FUZZ_ENABLED OFF)
if(FOTADESK_FUZZ)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        set(FOTADESK_FUZZ_ENABLED ON)
    else()
        message(WARNING "FOTADESK_FUZZ needs clang (libFuzzer); ${CMAKE_CXX_COMPILER_ID} builds "
                        "only the corpus replay tests. Use the asan preset.")
    endif()
endif()


function(fotadesk_add_fuzz_target name)
    cmake_parse_arguments(F "" "SOURCE" "LIBS;INSTRUMENT" ${ARGN})
    set(corpus ${CMAKE_CURRENT_SOURCE_DIR}/corpus/${name})

    set(replay fuzz_${name}_replay)
    add_executable(${replay} ${F_SOURCE} ${CMAKE_CURRENT_SOURCE_DIR}/FuzzReplayMain.cpp)
    target_link_libraries(${replay} PRIVATE fotadesk_common ${F_LIBS})
    target_include_directories(${replay} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    set_target_properties(${replay} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME fuzz_replay_${name} COMMAND ${replay} ${corpus})
    set_tests_properties(fuzz_replay_${name} PROPERTIES LABELS fuzz TIMEOUT 300
        ENVIRONMENT "QT_LOGGING_RULES=*.debug=false")

    if(NOT FOTADESK_FUZZ_ENABLED)
        return()
    endif()
    foreach(lib ${F_INSTRUMENT})
        get_property(done GLOBAL PROPERTY FOTADESK_FUZZ_INSTRUMENTED_${lib})
        if(NOT done)
            target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link)
            set_property(GLOBAL PROPERTY FOTADESK_FUZZ_INSTRUMENTED_${lib} ON)
        endif()
    endforeach()
    set(fuzzer fuzz_${name})
    add_executable(${fuzzer} ${F_SOURCE})
    target_link_libraries(${fuzzer} PRIVATE fotadesk_common ${F_LIBS})
    target_include_directories(${fuzzer} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_compile_options(${fuzzer} PRIVATE -fsanitize=fuzzer)
    target_link_options(${fuzzer} PRIVATE -fsanitize=fuzzer)
    set_target_properties(${fuzzer} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin/fuzz)
endfunction()
