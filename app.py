"""The Gradio app. The chat, claim check and figure views arrive with their issues;
for now it serves the document browser over the built index."""

from assistant.app_ui import main

if __name__ == "__main__":
    main()
