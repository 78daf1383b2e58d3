"""
Test support for code that produces or consumes bilateral records.

`bilateral.testing.strategies` holds one hypothesis strategy per public model type; every
value they generate is valid (ids consistent, references resolved, spans inside the text).
Installing bilateral registers them with hypothesis through an entry point, so
``st.from_type(Meeting)`` works in any test suite. Both need the optional ``testing``
extra (hypothesis); this package itself imports nothing, so ``import bilateral`` never
pulls hypothesis in.
"""
