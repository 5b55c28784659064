# Frontline interface strings: id.
# Translate the text after each `=`; keep every { $name } as it is.
