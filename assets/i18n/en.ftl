# Frontline interface strings: English, the source of every translation.
#
# Each message is `key = text`. `{ $name }` is filled in by the game: keep
# it as it is in a translation. Plurals use Fluent's selectors, for example
#   scenarios-count = { $count ->
#       [one] { $count } scenario
#      *[other] { $count } scenarios
#   }
# Languages without plural forms (Thai, Vietnamese, ...) write one text.

## Language

language-label = Language
