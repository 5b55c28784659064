# Frontline interface strings: vi.
# Translate the text after each `=`; keep every { $name } as it is.
