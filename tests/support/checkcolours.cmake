cmake_minimum_required(VERSION 3.21)
# Colours come from the theme (issue 18 point 3): the palette, or resources/style/light.qss and dark.qss through
# ui::Theme (tones, chips, semantic properties). Fails on a colour literal in a C++ file under ui/ -- a #rrggbb or
# rgb() in a string, QColor(...) from numbers or a name, a Qt::<colour>, palette() in a style sheet -- and on a
# colour set by a setStyleSheet call. The theme itself (ui/style/, ui/shell/theme.cpp) is where colours live.
# With resources/style/ present, light.qss and dark.qss must have the same selectors in the same order.
# Run with -DCV_SOURCE_DIR=<root>.
file(GLOB_RECURSE files "${CV_SOURCE_DIR}/ui/*.cpp" "${CV_SOURCE_DIR}/ui/*.h")
set(hex "#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]([0-9a-fA-F][0-9a-fA-F][0-9a-fA-F])?([^0-9a-zA-Z_]|$)")
set(named "white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|darkMagenta|yellow|darkYellow|gray|darkGray|lightGray")
set(rules
    "\"[^\"]*(color|background|border|fill|stroke)[^\"]*${hex}"
    "\"#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]([0-9a-fA-F][0-9a-fA-F][0-9a-fA-F])?\""
    "QColor *[({] *(0x|[0-9]|\")"
    "QColor::from(Rgb|Hsl|Hsv|String)"
    "QColorConstants::"
    "Qt::(${named})([^a-zA-Z]|$)"
    "\"[^\"]*(rgba?|hsla?|palette) *\\("
    "\"[^\"]*(color|background)[a-z-]* *: *(white|black|red|green|blue|gray|grey|yellow|orange|purple)")
# CMake's regular expressions take ten groups at most: a coarse filter picks the lines, then each rule is tried.
set(candidate "#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]|QColor|Qt::[a-zA-Z]+|rgb|hsl|palette *\\(|color *:|background *:|setStyleSheet")
set(found "")
foreach(file IN LISTS files)
    file(RELATIVE_PATH name "${CV_SOURCE_DIR}" "${file}")
    if(name MATCHES "^ui/style/" OR name STREQUAL "ui/shell/theme.cpp")
        continue()
    endif()
    file(STRINGS "${file}" lines REGEX "${candidate}")
    foreach(line IN LISTS lines)
        string(REPLACE ";" "" line "${line}")
        string(STRIP "${line}" line)
        if(line MATCHES "^//")
            continue()
        endif()
        set(bad FALSE)
        foreach(rule IN LISTS rules)
            if(line MATCHES "${rule}")
                set(bad TRUE)
            endif()
        endforeach()
        if(NOT bad AND line MATCHES "setStyleSheet")
            # A style sheet of a widget may set sizes and spacing, and make a background transparent; no colour.
            string(REGEX REPLACE "background: *transparent" "" rest "${line}")
            if(rest MATCHES "color|background")
                set(bad TRUE)
            endif()
        endif()
        if(bad)
            list(APPEND found "${name}: ${line}")
        endif()
    endforeach()
endforeach()

set(style "${CV_SOURCE_DIR}/resources/style")
if(EXISTS "${style}")
    foreach(theme IN ITEMS light dark)
        if(NOT EXISTS "${style}/${theme}.qss")
            list(APPEND found "resources/style/${theme}.qss is missing")
            set(selectors_${theme} "")
            continue()
        endif()
        file(READ "${style}/${theme}.qss" sheet)
        string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" "" sheet "${sheet}") # comments
        string(REGEX REPLACE "{[^}]*}" ";" sheet "${sheet}")
        string(REGEX REPLACE "[ \n]+" " " sheet "${sheet}")
        set(selectors_${theme} "${sheet}")
    endforeach()
    if(NOT selectors_light STREQUAL selectors_dark)
        list(APPEND found "resources/style: light.qss and dark.qss differ in their selectors:\n    light: ${selectors_light}\n    dark:  ${selectors_dark}")
    endif()
endif()

list(LENGTH files count)
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "Colours outside the theme (use the palette, ui::Theme or a property light.qss and dark.qss style):\n  ${text}")
endif()
message(STATUS "No colour literal in ${count} files under ui/; light.qss and dark.qss have the same selectors")
