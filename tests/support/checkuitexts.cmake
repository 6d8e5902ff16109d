cmake_minimum_required(VERSION 3.21)
# The English source texts are written with care (issue 16, point 5; the translators' findings of session 4):
# fails on a line of a C++ file under ui/ that
#  - lowercases a translated label to put it inside a sentence (".toLower()" on tr() or a *Labels:: word):
#    German nouns keep their capital, other languages inflect; write one sentence per case or quote the label;
#  - writes "..." in a text instead of "…", or starts a back link with "<" or "‹" instead of "←";
#  - uses UK spellings or "e-mail" next to the product's US English ("Fulfillment", "email");
#  - lays out a text with double spaces;
#  - writes a count of a known noun with %1..%9 instead of a plural form (tr("…%n…", nullptr, n));
#  - writes "item(s)": English ships no .qm, so "(s)" is what an English user reads; write the text for one
#    and the plural form for more (n == 1 ? tr("1 item") : tr("%n items", nullptr, n)).
# Only lines with tr( or QT_TR_NOOP( are read (continuation lines of a long text are not). Run with
# -DCV_SOURCE_DIR=<repository>.
file(GLOB_RECURSE files "${CV_SOURCE_DIR}/ui/*.cpp" "${CV_SOURCE_DIR}/ui/*.h")
set(text "(tr|QT_TR_NOOP)\\(\"[^\"]*")
set(rules
    "[Ll]abels::[A-Za-z]+\\([^)]*\\)\\.toLower\\(\\)|tr\\(\"[^\"]*\"\\)\\.toLower\\(\\)"
    "${text}\\.\\.\\."
    "${text}(Loading \\.|[^ ]  +[^ \"])"
    "(tr|QT_TR_NOOP)\\(\"(< |‹ )"
    "${text}([Ee]nrol[ m\"]|[Ee]nrolment|[Ff]ulfil[ s\"]|[Cc]ancelled|[Cc]ancelling|[Ee]-mail)"
    "${text}%[1-9] (characters|digits|fields|changes|conflicts|years|billing periods|calls|steps|items|requests)"
    "${text}[a-z]\\((e?s)\\)")
set(found "")
foreach(file IN LISTS files)
    file(RELATIVE_PATH name "${CV_SOURCE_DIR}" "${file}")
    foreach(rule IN LISTS rules)
        file(STRINGS "${file}" lines ENCODING UTF-8 REGEX "${rule}")
        foreach(line IN LISTS lines)
            string(STRIP "${line}" line)
            if(line MATCHES "^//")
                continue()
            endif()
            string(REPLACE ";" "" line "${line}")
            list(APPEND found "${name}: ${line}")
        endforeach()
    endforeach()
endforeach()
list(LENGTH files count)
if(found)
    list(REMOVE_DUPLICATES found)
    list(JOIN found "\n  " listing)
    message(FATAL_ERROR "Source texts to write with care (see tests/support/checkuitexts.cmake for the rules):\n  "
                        "${listing}")
endif()
message(STATUS "The texts of ${count} files under ui/ pass the source-text rules")
