package ui

import "github.com/baocao/baocao/ui/common"

// wrapStyled wraps text and styles each line.
var wrapStyled = common.WrapStyled
