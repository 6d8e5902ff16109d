cmake_minimum_required(VERSION 3.21)
# The cache is read and written only through app/store (docs/architecture.md, "The data path"): fails on a
# use of QtSql or an SQL fragment in a string literal in a C++ file under ui/ or models/ — callers describe what
# they want with store::ObjectQuery / RequestFilter and the store compiles it. Run with -DCV_SOURCE_DIR=<root>.
file(GLOB_RECURSE files "${CV_SOURCE_DIR}/ui/*.cpp" "${CV_SOURCE_DIR}/ui/*.h" "${CV_SOURCE_DIR}/models/*.cpp"
     "${CV_SOURCE_DIR}/models/*.h")
set(sql_in_literal
    "\"[^\"]*(SELECT |INSERT |UPDATE |DELETE |WHERE |ORDER BY|GROUP BY| LIKE | JOIN |COLLATE | = \\?|json_extract)")
set(found "")
foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "QSql|${sql_in_literal}")
    foreach(line IN LISTS lines)
        file(RELATIVE_PATH name "${CV_SOURCE_DIR}" "${file}")
        string(REPLACE ";" "" line "${line}")
        string(STRIP "${line}" line)
        list(APPEND found "${name}: ${line}")
    endforeach()
endforeach()
list(LENGTH files count)
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "SQL outside app/store (use a typed query of app/store):\n  ${text}")
endif()
message(STATUS "No SQL text or QtSql use in ${count} files under ui/ and models/")
