# Debian 12 packages, one per install component (packaging/CMakeLists.txt says what goes where):
#   cmake --build build --target package     (or: cd build && cpack -G DEB)
# countersign (desktop client), countersign-cli, countersign-agent. Depends come from the binaries
# (dpkg-shlibdeps, which needs `file`); Qt's SQL drivers are plugins loaded at run time, so they
# are listed by hand, as are the platform plugins the desktop client needs and adduser.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME countersign)
set(CPACK_PACKAGE_VENDOR "The Countersign authors")
set(CPACK_PACKAGE_CONTACT "Countersign maintainers <maintainers@countersign.example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's synopsis is the first line of its component description: CPack prepends the
# package-wide summary unless it is CPack's own default, so it is set to exactly that.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://countersign.example.org/")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

set(countersign_about
    "Admins publish actions (scripts with typed parameters) with an approval policy.\n"
    "Requesters ask, approvers approve exactly those parameters and targets, an\n"
    "agent runs what was approved exactly once, and every step lands in a\n"
    "hash-chained, tamper-evident audit log.")
string(CONCAT countersign_about ${countersign_about})
set(sql_drivers "libqt6sql6-sqlite, libqt6sql6-psql")

set(CPACK_COMPONENTS_ALL Cli Agent)
if(COUNTERSIGN_BUILD_GUI)
    list(PREPEND CPACK_COMPONENTS_ALL Desktop)
endif()

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME countersign)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "${sql_drivers}, qt6-qpa-plugins")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "countersign-cli, qt6-translations-l10n")
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION
    "desktop client for the Countersign approval gate\n${countersign_about}\n\n"
    "This package holds the Qt desktop client: request actions, decide requests,\n"
    "administer the workspace and verify the audit log.")
string(CONCAT CPACK_COMPONENT_DESKTOP_DESCRIPTION ${CPACK_COMPONENT_DESKTOP_DESCRIPTION})

set(CPACK_DEBIAN_CLI_PACKAGE_NAME countersign-cli)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "${sql_drivers}")
set(CPACK_COMPONENT_CLI_DESCRIPTION
    "command-line client for the Countersign approval gate\n${countersign_about}\n\n"
    "This package holds countersign-cli: every operation, human-readable or JSON,\n"
    "including setting up a PostgreSQL workspace.")
string(CONCAT CPACK_COMPONENT_CLI_DESCRIPTION ${CPACK_COMPONENT_CLI_DESCRIPTION})

set(CPACK_DEBIAN_AGENT_PACKAGE_NAME countersign-agent)
set(CPACK_DEBIAN_AGENT_PACKAGE_DEPENDS "${sql_drivers}, adduser")
set(CPACK_DEBIAN_AGENT_PACKAGE_CONTROL_EXTRA
    "${CMAKE_BINARY_DIR}/packaging/debian-agent/postinst;${CMAKE_BINARY_DIR}/packaging/debian-agent/prerm;${CMAKE_BINARY_DIR}/packaging/debian-agent/postrm;${CMAKE_BINARY_DIR}/packaging/debian-agent/conffiles")
foreach(script postinst prerm postrm conffiles)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/agent.${script}
                   ${CMAKE_BINARY_DIR}/packaging/debian-agent/${script} COPYONLY)
endforeach()
set(CPACK_COMPONENT_AGENT_DESCRIPTION
    "agent of the Countersign approval gate, as a hardened service\n${countersign_about}\n\n"
    "This package holds countersign-agent, the only part that runs scripts: it\n"
    "checks each request against its policy and digest, claims it once and runs\n"
    "it in a clean environment. It ships a hardened systemd unit and its own\n"
    "system user.")
string(CONCAT CPACK_COMPONENT_AGENT_DESCRIPTION ${CPACK_COMPONENT_AGENT_DESCRIPTION})

include(CPack)
