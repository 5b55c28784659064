# Frontline interface strings: fil.
# Translate the text after each `=`; keep every { $name } as it is.
