"""jobbtorg-assistant: cited answers over Stockholm's Jobbtorg documents."""

import os

# Model hubs and telemetry endpoints are unreachable here and must never be
# contacted: set the offline switches before any ML or Chroma import happens.
for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_key, _value)

__version__ = "0.1.0"
