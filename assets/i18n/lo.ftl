# Frontline interface strings: lo.
# Translate the text after each `=`; keep every { $name } as it is.
