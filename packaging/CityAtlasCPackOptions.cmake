# CPack settings for the Debian package (cpack -G DEB in the build folder).
set(CPACK_PACKAGE_NAME "cityatlas")
set(CPACK_PACKAGE_VENDOR "CityAtlas")
set(CPACK_PACKAGE_CONTACT "CityAtlas developers <cityatlas@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Analyst workbench for smart-city analysis in China")
set(CPACK_PACKAGE_DESCRIPTION
  "CityAtlas loads China's provincial and city maps and statistics, draws choropleth maps,\n runs regional-imbalance and evaluation analyses, and exports report figures.\n Includes the command-line twin cityatlas-cli.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)          # Qt, GDAL ... from the binaries' linked libraries
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-wqy-microhei, fonts-noto-cjk")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
