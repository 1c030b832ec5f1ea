#pragma once
// A recogniser's proposal for one mention, before overlapping proposals are settled.
#include <cstddef>
#include <optional>
#include <string>

#include "pressgraph/extract/entity_type.hpp"

namespace pressgraph {

/// A title of office read next to a person's name: "Foreign Minister of Belarus".
struct TitleReading {
    std::string title;            ///< "Foreign Minister"
    std::string scope;            ///< national | body | generic
    bool exclusive = false;
    std::size_t holder_first = 0; ///< token range of the office's country/body, if named
    std::size_t holder_last = 0;
};

/// An office named without its holder's name: "the Belarusian Foreign Minister", "the
/// Presidents of Russia and Belarus". When the document does not say who holds it, the
/// mention stands for the office until the merge finds the holder in the corpus.
struct OfficeReference {
    std::string title;       ///< short title, as the lexicon writes it: "Foreign Minister"
    std::string holder;      ///< the country or body: "Belarus"
    std::string holder_key;  ///< its resolution key
};

struct Candidate {
    std::size_t first = 0;       ///< first token
    std::size_t last = 0;        ///< one past the last token
    EntityType type = EntityType::Person;
    std::string canonical;       ///< name to group by in the document
    std::string subtype;
    std::string rule;
    int priority = 0;            ///< higher wins an overlap; then the longer candidate
    std::optional<TitleReading> title;  ///< for persons introduced by a title
    std::optional<OfficeReference> office;  ///< for an office whose holder the document does not name
    bool shared_span = false;    ///< one of several entities a phrase names ("the foreign ministries of Russia and Belarus")
    bool nested = false;         ///< a name inside another name ("the Treaty ..." inside "Guidelines for ... the Treaty ...")
    bool encloses = false;       ///< a name that holds other mentions and claims no token: a headline naming the document
                                 ///< the release is ("Joint Statement ... between President Ana Lopes and ...")
    std::string part;            ///< a name written inside a longer token, as there ("Cyprus" in "Egypt-Greece-Cyprus"):
                                 ///< the mention is those characters of the token
    bool document_scoped = false;  ///< named only by a description ("the agreements reached today"): the
                                   ///< same words in another document name another entity

    [[nodiscard]] std::size_t length() const { return last - first; }
};

}  // namespace pressgraph
