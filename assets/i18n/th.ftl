# Frontline interface strings: th.
# Translate the text after each `=`; keep every { $name } as it is.
