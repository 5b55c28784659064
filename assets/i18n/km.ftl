# Frontline interface strings: km.
# Translate the text after each `=`; keep every { $name } as it is.
