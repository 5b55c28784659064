# Frontline interface strings: my.
# Translate the text after each `=`; keep every { $name } as it is.
