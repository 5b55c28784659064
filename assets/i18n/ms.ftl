# Frontline interface strings: ms.
# Translate the text after each `=`; keep every { $name } as it is.
