cmake_minimum_required(VERSION 3.21)
# The layering check's negative cases: configures tests/layering/project in WORK_DIR once per deliberate
# violation and expects configuring to fail with the rule's message; the graph without a violation configures.
# Run with -DCV_SOURCE_DIR=<repository> -DWORK_DIR=<scratch directory>.
set(cases
    "none|"
    "ui_links_sandbox|Layering: cv_ui links cv_sandbox"
    "models_links_sandbox|Layering: cv_models links cv_sandbox"
    "core_links_sandbox_through_a_helper|Layering: cv_core links cv_sandbox"
    "sandbox_links_ui|Layering: cv_sandbox links cv_ui"
    "sandbox_links_models|Layering: cv_sandbox links cv_models"
    "models_links_gui|Layering: cv_models links Qt6::Gui")
foreach(case IN LISTS cases)
    string(REPLACE "|" ";" parts "${case}")
    list(GET parts 0 violation)
    list(LENGTH parts count)
    set(expected "")
    if(count GREATER 1)
        list(GET parts 1 expected)
    endif()
    set(dir "${WORK_DIR}/${violation}")
    file(REMOVE_RECURSE "${dir}")
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -S "${CV_SOURCE_DIR}/tests/layering/project" -B "${dir}"
                "-DCV_SOURCE_DIR=${CV_SOURCE_DIR}" "-DVIOLATION=${violation}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(expected STREQUAL "")
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "${violation}: the layer graph without a violation was refused:\n${err}")
        endif()
        if(NOT EXISTS "${dir}/layering/cv_ui.txt")
            message(FATAL_ERROR "${violation}: no link closure written to ${dir}/layering/cv_ui.txt")
        endif()
    else()
        if(rc EQUAL 0)
            message(FATAL_ERROR "${violation}: configuring succeeded; the layering check missed the violation")
        endif()
        string(FIND "${err}" "${expected}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "${violation}: failed without '${expected}':\n${err}")
        endif()
    endif()
    message(STATUS "${violation}: as expected")
endforeach()
