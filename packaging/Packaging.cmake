# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installation rules and the CPack .deb of the three programs (issue 8).
#
#   cmake --build build/default && (cd build/default && cpack)   -> fotadesk_<version>-1_<arch>.deb
#
# Included from the top-level CMakeLists.txt after the programs are defined.
# The package holds fotadesk, fotactl and fotasim in /usr/bin, the desktop
# file, the SVG icon, the AppStream metainfo, a man page per program (help2man
# run on the built programs' --help at build time), the Debian copyright file
# and changelog. Its Depends are computed by dpkg-shlibdeps from the programs,
# plus the Qt plugins they load at run time (not visible to shlibdeps).
# scripts/test.d/40-package.sh builds, installs and checks it (and runs lintian).

include(GNUInstallDirs)

set(FOTADESK_APP_ID io.github.fotadesk.FotaDesk)
set(FOTADESK_PACKAGE_RELEASE 1)
# The date of this version's changelog entry and AppStream release (change with the version).
set(FOTADESK_RELEASE_DATE 2026-11-26)
# The project's own address for the package (Debian Maintainer field, copyright Upstream-Contact).
set(FOTADESK_MAINTAINER "The FotaDesk project <maintainers@fotadesk.org>")
set(fotadesk_pkg_dir ${CMAKE_CURRENT_LIST_DIR})
set(fotadesk_pkg_out ${CMAKE_BINARY_DIR}/packaging)

# Directories in the package are 0755 whatever the umask of the build.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(TARGETS fotadesk fotactl fotasim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# fotactl runs imei check itself and hands every other command to fotactl-full (not a command of
# its own: in libexec, where src/app/fotactl/CMakeLists.txt tells fotactl to look).
install(TARGETS fotactl-full RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/fotadesk)

# Desktop integration: the desktop file, the icon under the application id, the metainfo.
install(FILES ${fotadesk_pkg_dir}/${FOTADESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/fotadesk.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${FOTADESK_APP_ID}.svg)
configure_file(${fotadesk_pkg_dir}/${FOTADESK_APP_ID}.metainfo.xml.in
    ${fotadesk_pkg_out}/${FOTADESK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${fotadesk_pkg_out}/${FOTADESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# /usr/share/doc/fotadesk: copyright (machine-readable; GPL-3+), the third-party notices and
# changelog.Debian.gz (gzip -9n, as
# Debian policy wants it).
# The changelog entry date (RFC 2822) of FOTADESK_RELEASE_DATE.
set(fotadesk_changelog_date "Thu, 26 Nov 2026 00:00:00 +0000")
configure_file(${fotadesk_pkg_dir}/changelog.Debian.in ${fotadesk_pkg_out}/changelog.Debian @ONLY)
add_custom_command(OUTPUT ${fotadesk_pkg_out}/changelog.Debian.gz
    COMMAND gzip -9n -c ${fotadesk_pkg_out}/changelog.Debian > ${fotadesk_pkg_out}/changelog.Debian.gz
    DEPENDS ${fotadesk_pkg_out}/changelog.Debian
    COMMENT "Compressing the Debian changelog")
set(fotadesk_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/fotadesk)
install(FILES ${fotadesk_pkg_dir}/copyright ${fotadesk_pkg_out}/changelog.Debian.gz
    ${fotadesk_pkg_dir}/THIRD-PARTY-NOTICES
    DESTINATION ${fotadesk_doc_dir})

# Man pages: help2man runs each built program's --help/--version (offscreen, with throw-away
# data directories so that nothing is written into the builder's home).
find_program(FOTADESK_HELP2MAN help2man)
set(fotadesk_manpages)
if(FOTADESK_HELP2MAN)
    set(fotadesk_man_home ${fotadesk_pkg_out}/man-home)
    set(fotadesk_man_sections
        "fotadesk\;desktop administration of ThingSpace FOTA v3 firmware campaigns"
        "fotactl\;ThingSpace FOTA v3 firmware campaigns from the command line"
        "fotasim\;local ThingSpace FOTA v3 server for demonstrations and tests")
    foreach(entry IN LISTS fotadesk_man_sections)
        list(GET entry 0 program)
        list(GET entry 1 summary)
        set(page ${fotadesk_pkg_out}/${program}.1.gz)
        add_custom_command(OUTPUT ${page}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${fotadesk_man_home}
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
                HOME=${fotadesk_man_home}
                XDG_DATA_HOME=${fotadesk_man_home}/data XDG_CONFIG_HOME=${fotadesk_man_home}/config
                XDG_CACHE_HOME=${fotadesk_man_home}/cache
                ${FOTADESK_HELP2MAN} --no-info --section=1 --name=${summary}
                --version-string=${PROJECT_VERSION} --include=${fotadesk_pkg_dir}/man-common.h2m
                --output=${fotadesk_pkg_out}/${program}.1 $<TARGET_FILE:${program}>
            COMMAND gzip -9n -f ${fotadesk_pkg_out}/${program}.1
            DEPENDS ${program} ${fotadesk_pkg_dir}/man-common.h2m
            COMMENT "Man page of ${program} (help2man)"
            VERBATIM)
        list(APPEND fotadesk_manpages ${page})
    endforeach()
    install(FILES ${fotadesk_manpages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man not found: the package will have no man pages "
                   "(install help2man, see scripts/packages.txt)")
endif()
add_custom_target(fotadesk_package_files ALL
    DEPENDS ${fotadesk_manpages} ${fotadesk_pkg_out}/changelog.Debian.gz)

# CPack: one Debian binary package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fotadesk)
set(CPACK_PACKAGE_VENDOR "The FotaDesk authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${FOTADESK_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop administration of ThingSpace FOTA v3 campaigns")
set(CPACK_PACKAGE_DESCRIPTION
    "FotaDesk lets field engineers schedule firmware-over-the-air upgrade campaigns\n"
    "on Verizon ThingSpace (FOTA v3 API), import device IMEI lists, change dates\n"
    "and time windows, add and remove devices, cancel, and watch every campaign\n"
    "and device. It runs on an embedded demo backend without an account.\n"
    "\n"
    "The package also holds fotactl (the same service layer on the command\n"
    "line) and fotasim (a local FOTA v3 server for tests and demonstrations).")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_STRIP_FILES TRUE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # fotadesk_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE ${FOTADESK_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${FOTADESK_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins at run time, so dpkg-shlibdeps cannot see them: the X11/Wayland platform
# plugins (fotadesk), the SQLite driver (the local workspace), the SVG image/icon plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
# A Secret Service keeps "remember sign-in" credentials (QtKeychain); without one, FotaDesk asks.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
include(CPack)
