# The layer rules of docs/architecture.md, in one place: cmake/Layering.cmake applies them at configure time and
# the `layering` test (tests/support/checklayering.cmake) to the link closures written then.
#
#   cv_core, cv_models              never link a UI module of Qt (Gui, Widgets, WebEngine, OpenGL, Svg)
#   cv_core, cv_models, cv_ui       never link cv_sandbox (the app reaches it through core::EmbeddedServer,
#                                   handed in by the composition root, app/main.cpp)
#   cv_sandbox                      never links cv_ui or cv_models (a second product beside the client)

# Sets <out_var> to the list of rule violations of <target> whose link closure is the list <closure>.
function(cv_layering_violations target closure out_var)
    set(problems "")
    if(target STREQUAL "cv_core" OR target STREQUAL "cv_models")
        foreach(lib IN LISTS closure)
            if(lib MATCHES "Qt6?::(Gui|Widgets|WebEngine|OpenGL|Svg)")
                list(APPEND problems "${target} links ${lib}: core and models must not use Gui, Widgets or WebEngine")
            endif()
        endforeach()
    endif()
    if(target STREQUAL "cv_core" OR target STREQUAL "cv_models" OR target STREQUAL "cv_ui")
        if("cv_sandbox" IN_LIST closure)
            list(APPEND problems "${target} links cv_sandbox: the client reaches the sandbox only through core::EmbeddedServer")
        endif()
    endif()
    if(target STREQUAL "cv_sandbox")
        foreach(lib cv_ui cv_models)
            if(lib IN_LIST closure)
                list(APPEND problems "cv_sandbox links ${lib}: the sandbox never uses the client's UI or models")
            endif()
        endforeach()
    endif()
    set(${out_var} "${problems}" PARENT_SCOPE)
endfunction()
