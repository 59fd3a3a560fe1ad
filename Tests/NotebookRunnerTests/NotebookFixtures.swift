// Notebooks of every nbformat 4 minor version, as Swift literals. The 4.5 one was written by
// nbformat 5.11.1 (`nbformat.writes(nb) + "\n"`, so byte-exact); the older ones are the same notebook
// without cell ids, some with sources as single strings, in compact or two-space layouts, one with
// transient fields nbformat strips (`orig_nbformat`, a cell's `trusted`).
enum NotebookFixtures {
  /// nbformat 4.5.
  static let v4_5 = #"""
{
 "cells": [
  {
   "attachments": {
    "image.png": {
     "image/png": "iVBORw0KGgo="
    }
   },
   "cell_type": "markdown",
   "id": "md-1",
   "metadata": {},
   "source": [
    "# Title 标题\n",
    "\n",
    "Text with `code` — ✓ 😀"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "id": "code_2",
   "metadata": {
    "collapsed": false,
    "tags": [
     "keep"
    ]
   },
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "1\n",
      "line two\r\n"
     ]
    },
    {
     "name": "stderr",
     "output_type": "stream",
     "text": [
      "warn\n"
     ]
    },
    {
     "data": {
      "application/json": {
       "a": [
        1,
        {
         "b": null
        }
       ]
      },
      "image/png": "AAAA\nBBBB\n",
      "image/svg+xml": [
       "<svg>\n",
       "</svg>\n"
      ],
      "text/plain": [
       "<Figure>"
      ]
     },
     "metadata": {
      "image/png": {
       "width": 10
      }
     },
     "output_type": "display_data"
    },
    {
     "data": {
      "text/html": [
       "<b>1</b>\n",
       "<i>x</i>"
      ],
      "text/plain": [
       "1"
      ]
     },
     "execution_count": 4,
     "metadata": {},
     "output_type": "execute_result"
    },
    {
     "ename": "ValueError",
     "evalue": "bad — value",
     "output_type": "error",
     "traceback": [
      "\u001b[0;31mValueError\u001b[0m",
      "line 2"
     ]
    }
   ],
   "source": [
    "x = 1\n",
    "print(x)\n",
    "x"
   ]
  },
  {
   "cell_type": "raw",
   "id": "raw3",
   "metadata": {
    "format": "text/plain"
   },
   "source": [
    "raw\ttext\f",
    "form feed ",
    "sep"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "id": "empty4",
   "metadata": {},
   "outputs": [],
   "source": []
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "SwiftTorch",
   "language": "python",
   "name": "swifttorch"
  },
  "language_info": {
   "name": "python"
  },
  "x-custom": {
   "keep": [
    1,
    2.5,
    null,
    "é"
   ]
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
"""# + "\n"

  /// nbformat 4.0.
  static let v4_0 = #"""
{"cells":[{"attachments":{"image.png":{"image/png":"iVBORw0KGgo="}},"cell_type":"markdown","metadata":{},"source":"# Title 标题\n\nText with `code` — ✓ 😀"},{"cell_type":"code","execution_count":4,"metadata":{"collapsed":false,"tags":["keep"]},"outputs":[{"name":"stdout","output_type":"stream","text":["1\n","line two\r\n"]},{"name":"stderr","output_type":"stream","text":["warn\n"]},{"data":{"application/json":{"a":[1,{"b":null}]},"image/png":"AAAA\nBBBB\n","image/svg+xml":["<svg>\n","</svg>\n"],"text/plain":["<Figure>"]},"metadata":{"image/png":{"width":10}},"output_type":"display_data"},{"data":{"text/html":["<b>1</b>\n","<i>x</i>"],"text/plain":["1"]},"execution_count":4,"metadata":{},"output_type":"execute_result"},{"ename":"ValueError","evalue":"bad — value","output_type":"error","traceback":["\u001b[0;31mValueError\u001b[0m","line 2"]}],"source":"x = 1\nprint(x)\nx"},{"cell_type":"raw","metadata":{"format":"text/plain"},"source":"raw\ttext\fform feed sep"},{"cell_type":"code","execution_count":null,"metadata":{},"outputs":[],"source":""}],"metadata":{"kernelspec":{"display_name":"SwiftTorch","language":"python","name":"swifttorch"},"language_info":{"name":"python"},"x-custom":{"keep":[1,2.5,null,"é"]}},"nbformat":4,"nbformat_minor":0}
"""#

  /// nbformat 4.1.
  static let v4_1 = #"""
{"cells":[{"attachments":{"image.png":{"image/png":"iVBORw0KGgo="}},"cell_type":"markdown","metadata":{},"source":["# Title \u6807\u9898\n","\n","Text with `code` \u2014 \u2713 \ud83d\ude00"]},{"cell_type":"code","execution_count":4,"metadata":{"collapsed":false,"tags":["keep"]},"outputs":[{"name":"stdout","output_type":"stream","text":["1\n","line two\r\n"]},{"name":"stderr","output_type":"stream","text":["warn\n"]},{"data":{"application/json":{"a":[1,{"b":null}]},"image/png":"AAAA\nBBBB\n","image/svg+xml":["<svg>\n","</svg>\n"],"text/plain":["<Figure>"]},"metadata":{"image/png":{"width":10}},"output_type":"display_data"},{"data":{"text/html":["<b>1</b>\n","<i>x</i>"],"text/plain":["1"]},"execution_count":4,"metadata":{},"output_type":"execute_result"},{"ename":"ValueError","evalue":"bad \u2014 value","output_type":"error","traceback":["\u001b[0;31mValueError\u001b[0m","line 2"]}],"source":["x = 1\n","print(x)\n","x"]},{"cell_type":"raw","metadata":{"format":"text/plain"},"source":["raw\ttext\f","form feed\u2028","sep"]},{"cell_type":"code","execution_count":null,"metadata":{},"outputs":[],"source":[]}],"metadata":{"kernelspec":{"display_name":"SwiftTorch","language":"python","name":"swifttorch"},"language_info":{"name":"python"},"x-custom":{"keep":[1,2.5,null,"\u00e9"]}},"nbformat":4,"nbformat_minor":1}
"""#

  /// nbformat 4.2.
  static let v4_2 = #"""
{"cells": [{"attachments": {"image.png": {"image/png": "iVBORw0KGgo="}}, "cell_type": "markdown", "metadata": {}, "source": "# Title 标题\n\nText with `code` — ✓ 😀"}, {"cell_type": "code", "execution_count": 4, "metadata": {"collapsed": false, "tags": ["keep"]}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["1\n", "line two\r\n"]}, {"name": "stderr", "output_type": "stream", "text": ["warn\n"]}, {"data": {"application/json": {"a": [1, {"b": null}]}, "image/png": "AAAA\nBBBB\n", "image/svg+xml": ["<svg>\n", "</svg>\n"], "text/plain": ["<Figure>"]}, "metadata": {"image/png": {"width": 10}}, "output_type": "display_data"}, {"data": {"text/html": ["<b>1</b>\n", "<i>x</i>"], "text/plain": ["1"]}, "execution_count": 4, "metadata": {}, "output_type": "execute_result"}, {"ename": "ValueError", "evalue": "bad — value", "output_type": "error", "traceback": ["\u001b[0;31mValueError\u001b[0m", "line 2"]}], "source": "x = 1\nprint(x)\nx"}, {"cell_type": "raw", "metadata": {"format": "text/plain"}, "source": "raw\ttext\fform feed sep"}, {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ""}], "metadata": {"kernelspec": {"display_name": "SwiftTorch", "language": "python", "name": "swifttorch"}, "language_info": {"name": "python"}, "x-custom": {"keep": [1, 2.5, null, "é"]}}, "nbformat": 4, "nbformat_minor": 2}
"""#

  /// nbformat 4.3.
  static let v4_3 = #"""
{
  "cells": [
    {
      "attachments": {
        "image.png": {
          "image/png": "iVBORw0KGgo="
        }
      }, 
      "cell_type": "markdown", 
      "metadata": {}, 
      "source": [
        "# Title \u6807\u9898\n", 
        "\n", 
        "Text with `code` \u2014 \u2713 \ud83d\ude00"
      ]
    }, 
    {
      "cell_type": "code", 
      "execution_count": 4, 
      "metadata": {
        "collapsed": false, 
        "tags": [
          "keep"
        ], 
        "trusted": true
      }, 
      "outputs": [
        {
          "name": "stdout", 
          "output_type": "stream", 
          "text": [
            "1\n", 
            "line two\r\n"
          ]
        }, 
        {
          "name": "stderr", 
          "output_type": "stream", 
          "text": [
            "warn\n"
          ]
        }, 
        {
          "data": {
            "application/json": {
              "a": [
                1, 
                {
                  "b": null
                }
              ]
            }, 
            "image/png": "AAAA\nBBBB\n", 
            "image/svg+xml": [
              "<svg>\n", 
              "</svg>\n"
            ], 
            "text/plain": [
              "<Figure>"
            ]
          }, 
          "metadata": {
            "image/png": {
              "width": 10
            }
          }, 
          "output_type": "display_data"
        }, 
        {
          "data": {
            "text/html": [
              "<b>1</b>\n", 
              "<i>x</i>"
            ], 
            "text/plain": [
              "1"
            ]
          }, 
          "execution_count": 4, 
          "metadata": {}, 
          "output_type": "execute_result"
        }, 
        {
          "ename": "ValueError", 
          "evalue": "bad \u2014 value", 
          "output_type": "error", 
          "traceback": [
            "\u001b[0;31mValueError\u001b[0m", 
            "line 2"
          ]
        }
      ], 
      "source": [
        "x = 1\n", 
        "print(x)\n", 
        "x"
      ]
    }, 
    {
      "cell_type": "raw", 
      "metadata": {
        "format": "text/plain"
      }, 
      "source": [
        "raw\ttext\f", 
        "form feed\u2028", 
        "sep"
      ]
    }, 
    {
      "cell_type": "code", 
      "execution_count": null, 
      "metadata": {}, 
      "outputs": [], 
      "source": []
    }
  ], 
  "metadata": {
    "kernelspec": {
      "display_name": "SwiftTorch", 
      "language": "python", 
      "name": "swifttorch"
    }, 
    "language_info": {
      "name": "python"
    }, 
    "x-custom": {
      "keep": [
        1, 
        2.5, 
        null, 
        "\u00e9"
      ]
    }, 
    "orig_nbformat": 3
  }, 
  "nbformat": 4, 
  "nbformat_minor": 3
}
"""#

  /// nbformat 4.4.
  static let v4_4 = #"""
{
  "cells": [
    {
      "attachments": {
        "image.png": {
          "image/png": "iVBORw0KGgo="
        }
      }, 
      "cell_type": "markdown", 
      "metadata": {}, 
      "source": "# Title 标题\n\nText with `code` — ✓ 😀"
    }, 
    {
      "cell_type": "code", 
      "execution_count": 4, 
      "metadata": {
        "collapsed": false, 
        "tags": [
          "keep"
        ]
      }, 
      "outputs": [
        {
          "name": "stdout", 
          "output_type": "stream", 
          "text": [
            "1\n", 
            "line two\r\n"
          ]
        }, 
        {
          "name": "stderr", 
          "output_type": "stream", 
          "text": [
            "warn\n"
          ]
        }, 
        {
          "data": {
            "application/json": {
              "a": [
                1, 
                {
                  "b": null
                }
              ]
            }, 
            "image/png": "AAAA\nBBBB\n", 
            "image/svg+xml": [
              "<svg>\n", 
              "</svg>\n"
            ], 
            "text/plain": [
              "<Figure>"
            ]
          }, 
          "metadata": {
            "image/png": {
              "width": 10
            }
          }, 
          "output_type": "display_data"
        }, 
        {
          "data": {
            "text/html": [
              "<b>1</b>\n", 
              "<i>x</i>"
            ], 
            "text/plain": [
              "1"
            ]
          }, 
          "execution_count": 4, 
          "metadata": {}, 
          "output_type": "execute_result"
        }, 
        {
          "ename": "ValueError", 
          "evalue": "bad — value", 
          "output_type": "error", 
          "traceback": [
            "\u001b[0;31mValueError\u001b[0m", 
            "line 2"
          ]
        }
      ], 
      "source": "x = 1\nprint(x)\nx"
    }, 
    {
      "cell_type": "raw", 
      "metadata": {
        "format": "text/plain"
      }, 
      "source": "raw\ttext\fform feed sep"
    }, 
    {
      "cell_type": "code", 
      "execution_count": null, 
      "metadata": {}, 
      "outputs": [], 
      "source": ""
    }
  ], 
  "metadata": {
    "kernelspec": {
      "display_name": "SwiftTorch", 
      "language": "python", 
      "name": "swifttorch"
    }, 
    "language_info": {
      "name": "python"
    }, 
    "x-custom": {
      "keep": [
        1, 
        2.5, 
        null, 
        "é"
      ]
    }
  }, 
  "nbformat": 4, 
  "nbformat_minor": 4
}
"""#

  /// Every fixture by minor version.
  static let byMinor: [Int: String] = [0: v4_0, 1: v4_1, 2: v4_2, 3: v4_3, 4: v4_4, 5: v4_5]
}
